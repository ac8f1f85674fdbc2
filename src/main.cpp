// legwork: a guided exercise trainer for balanced legs. Everything lives in the library;
// see app/legwork_main.h.
#include "app/legwork_main.h"

int main(int argc, char** argv) { return legwork::legwork_main(argc, argv); }
