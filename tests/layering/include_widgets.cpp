// Must NOT compile: targets guarded by cmk_no_widgets may not include Qt Widgets.
#include <QtWidgets/QWidget>
