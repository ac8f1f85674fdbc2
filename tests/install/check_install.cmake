# Installs the build into PREFIX and checks the installed app runs from there alone.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE installed OUTPUT_QUIET)
if(NOT installed EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
foreach(file bin/legwork share/legwork/content/sources.yaml share/legwork/shaders/body.frag
        share/legwork/assets/avatar/avatar-average.glb share/applications/legwork.desktop
        share/icons/hicolor/scalable/apps/legwork.svg)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()
# It reads the installed content (the path it names), not the source tree's.
execute_process(COMMAND "${PREFIX}/bin/legwork" validate RESULT_VARIABLE valid OUTPUT_VARIABLE said ERROR_VARIABLE said)
if(NOT valid EQUAL 0 OR NOT said MATCHES "${PREFIX}/share/legwork/content")
  message(FATAL_ERROR "the installed legwork does not validate its own content: ${said}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
