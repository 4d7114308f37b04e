// Layering guard: this directory is first on the include path of targets that must not use Qt Widgets.
#error "CMK layering: core/, sandbox/ and cmkctl must not include Qt Widgets headers (move the code to ui/)"
