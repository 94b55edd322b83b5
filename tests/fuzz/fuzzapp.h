// What a fuzz target that reaches Qt's resources and SQL needs first: one QCoreApplication for the process.
#pragma once

#include <QCoreApplication>

struct FuzzApp
{
    int argc = 1;
    char name[8] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};
