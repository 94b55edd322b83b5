#include "storage/pqcancel.h"

#include <QLibrary>

namespace cd {

const PqCancel &PqCancel::functions()
{
    static const PqCancel api = [] {
        PqCancel a;
#ifdef Q_OS_WIN
        QLibrary lib(QStringLiteral("libpq"));
#else
        QLibrary lib(QStringLiteral("pq"), 5);
#endif
        // Already in memory (the driver's): loading finds it, and it is never unloaded while the driver holds it.
        if (lib.load()) {
            a.open = reinterpret_cast<PGcancel *(*)(PGconn *)>(lib.resolve("PQgetCancel"));
            a.release = reinterpret_cast<void (*)(PGcancel *)>(lib.resolve("PQfreeCancel"));
            a.send = reinterpret_cast<int (*)(PGcancel *, char *, int)>(lib.resolve("PQcancel"));
            if (!a.open || !a.release || !a.send)
                a = {};
        }
        return a;
    }();
    return api;
}

} // namespace cd
