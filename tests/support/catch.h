// The one include for Catch2: version 2 (Debian) ships catch2/catch.hpp, version 3 (vcpkg) catch_all.hpp.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define CD_CATCH3 1
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif
