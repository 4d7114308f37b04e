// Must NOT compile: targets guarded by cmk_no_widgets may not include Qt Gui.
#include <QtGui/QImage>
