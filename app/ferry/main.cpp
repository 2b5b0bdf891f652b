#include <ferry/version.h>

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QString::fromLatin1(ferry::kVersion));
    QMainWindow w;
    w.show();
    return app.exec();
}
