#include "exchange/signing.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace cd::signing {

namespace {
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct MdFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

[[noreturn]] void keyFailure()
{
    failStorage(QCoreApplication::translate("cd::Exchange", "This file's signing key cannot be used (the cryptography library refused it)."));
}
} // namespace

KeyPair generate()
{
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        keyFailure();
    const Key key(raw);
    KeyPair pair;
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) <= 0)
        keyFailure();
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    pair.privatePem = QByteArray(data, int(n));
    size_t len = 32;
    pair.publicRaw.resize(32);
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pair.publicRaw.data()), &len) <= 0 || len != 32)
        keyFailure();
    return pair;
}

QByteArray sign(const QByteArray &privatePem, const QByteArray &message)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())));
    const Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    std::unique_ptr<EVP_MD_CTX, MdFree> md(EVP_MD_CTX_new());
    size_t len = 64;
    QByteArray sig(64, '\0');
    if (!key || !md || EVP_DigestSignInit(md.get(), nullptr, nullptr, nullptr, key.get()) <= 0
        || EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) <= 0)
        keyFailure();
    sig.resize(int(len));
    return sig;
}

bool verify(const QByteArray &publicRaw, const QByteArray &message, const QByteArray &signature)
{
    if (publicRaw.size() != 32 || signature.size() != 64)
        return false;
    const Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicRaw.constData()), 32));
    std::unique_ptr<EVP_MD_CTX, MdFree> md(EVP_MD_CTX_new());
    return key && md && EVP_DigestVerifyInit(md.get(), nullptr, nullptr, nullptr, key.get()) > 0
        && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
        == 1;
}

QString fingerprint(const QByteArray &publicRaw)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicRaw, QCryptographicHash::Sha256).toHex());
}

QString readableFingerprint(const QString &fp)
{
    QStringList groups;
    for (int i = 0; i < 32 && i < fp.size(); i += 4)
        groups << fp.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace cd::signing
