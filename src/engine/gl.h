#pragma once
// The one place the OpenGL API is included from: libepoxy resolves GL 3.3 core entry points.
#include <epoxy/gl.h>
