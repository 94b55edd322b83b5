// Catch2's own implementation, compiled once into cdtestsupport rather than into every test program's main (with
// version 2's single header that took 20–60 s a program). Version 3 is a library of its own and needs no definition.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

int cdRunCatchSession(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}
