#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return sd::cli::run(QCoreApplication::arguments());
}
