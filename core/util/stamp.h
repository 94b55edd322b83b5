#pragma once
#include <chrono>
#include <cstdio>
#include <cstdlib>
inline void cdStamp(const char *what)
{
    static const bool on = std::getenv("CD_T") != nullptr;
    if (!on) return;
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
    std::fprintf(stderr, "%s %.1f\n", what, ms);
}
