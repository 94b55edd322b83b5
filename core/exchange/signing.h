// Ed25519 signatures for exchange packages and receipts (issue 12 §2), through OpenSSL 3's libcrypto.
#pragma once

#include <QByteArray>
#include <QString>

namespace cd::signing {

struct KeyPair
{
    QByteArray privatePem; // PKCS#8
    QByteArray publicRaw;  // 32 bytes
};

KeyPair generate();
// Throws Failure (Storage) when the key cannot be used.
QByteArray sign(const QByteArray &privatePem, const QByteArray &message);
// False for a wrong signature, a key of the wrong size or a damaged signature; never throws.
bool verify(const QByteArray &publicRaw, const QByteArray &message, const QByteArray &signature);
// SHA-256 of the raw public key, in hex: what a clerk compares by telephone before trusting a new sender.
QString fingerprint(const QByteArray &publicRaw);
// The fingerprint in groups of four for reading aloud: "3f2a 9c01 …" (the first 32 hex digits).
QString readableFingerprint(const QString &fingerprint);

} // namespace cd::signing
