// Layering guard: this directory is first on the include path of targets that must not use Qt Gui.
#error "CMK layering: core/, sandbox/ and cmkctl must not include Qt Gui headers (move the code to ui/)"
