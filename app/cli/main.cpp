#include <ferry/version.h>

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("ferry-cli %s\n", ferry::kVersion);
    return 0;
}
