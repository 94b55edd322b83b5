// libpq's cancel request, looked up in the libpq that Qt's QPSQL driver has loaded. The program does not link libpq
// itself: a command on a file then never loads it, nor the Kerberos and LDAP libraries behind it (some 14 ms of every
// start of the command line). Without a server connection these stay null, and nothing asks for them.
#pragma once

#include <libpq-fe.h>

namespace cd {

struct PqCancel
{
    PGcancel *(*open)(PGconn *) = nullptr;          // PQgetCancel
    void (*release)(PGcancel *) = nullptr;          // PQfreeCancel
    int (*send)(PGcancel *, char *, int) = nullptr; // PQcancel

    // Looked up once, the first time a server connection asks.
    static const PqCancel &functions();
};

} // namespace cd
