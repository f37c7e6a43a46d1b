// The Go sources of the runtime and the standard library subset, embedded at build time by
// cpp/runtime/embed.cmake. Paths are relative to cpp/runtime/ ("runtime/alloc.go",
// "errors/errors.go"); the directory is the import path.
#pragma once

#include <string_view>
#include <vector>

namespace gm {

struct RuntimeSource {
  std::string_view path;
  std::string_view text;
};

const std::vector<RuntimeSource>& runtimeSources();

}  // namespace gm
