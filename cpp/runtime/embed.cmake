# Writes a C++ file holding every .go file below DIR (runtime/, errors/, …) as a string constant, so the compiler
# carries its runtime with it (no file system in the browser).
file(GLOB_RECURSE files ${DIR}/*.go)
list(SORT files)
set(body "#include \"driver/runtime_sources.h\"\nnamespace gm {\nconst std::vector<RuntimeSource>& runtimeSources() {\n  static const std::vector<RuntimeSource> sources = {\n")
foreach(f ${files})
  file(RELATIVE_PATH name ${DIR} ${f})
  file(READ ${f} text)
  set(body "${body}    {\"${name}\", R\"gomethod_runtime(${text})gomethod_runtime\"},\n")
endforeach()
set(body "${body}  };\n  return sources;\n}\n}  // namespace gm\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
