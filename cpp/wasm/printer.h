// A readable WAT-like dump of a Module, for golden tests and debugging. Close to WAT, but not
// meant as input for other tools: names are printed unescaped.
#pragma once

#include <string>

#include "wasm/module.h"

namespace gm::wasm {

// One instruction per line, indented by block depth. Functions are listed in final index order
// (imports first) and referred to by name when they have a unique one, by final index otherwise.
std::string printText(const Module& m);

}  // namespace gm::wasm
