/*
 * A PKCS#11 module for the tests that forwards every call to a real module
 * (SoftHSM2) and, after a set number of signatures, answers as a token
 * pulled out of its reader does: the next C_Sign and every later signing or
 * login call get CKR_DEVICE_REMOVED, the token's info CKR_TOKEN_NOT_PRESENT.
 * SoftHSM2 cannot be unplugged; this is fault injection around it, not a
 * mock of it: every other call, and every signature before the removal, is
 * the real module's.
 *
 * KEZEK_PKCS11_REAL_MODULE: the real module's path.
 * KEZEK_PKCS11_REMOVE_AFTER: the signatures made before the removal.
 * The count starts again at each C_Initialize (each load of the module).
 */
#include <p11-kit/pkcs11.h>

#include <dlfcn.h>
#include <stdlib.h>

static void *real_library;
static CK_FUNCTION_LIST_PTR real;
static CK_FUNCTION_LIST shim;
static long signatures_left = -1; /* -1: never removed */
static int removed;

static long remove_after(void)
{
    const char *value = getenv("KEZEK_PKCS11_REMOVE_AFTER");
    return value && *value ? strtol(value, NULL, 10) : -1;
}

static CK_RV shim_initialize(CK_VOID_PTR args)
{
    signatures_left = remove_after();
    removed = 0;
    return real->C_Initialize(args);
}

static CK_RV shim_finalize(CK_VOID_PTR reserved)
{
    return real->C_Finalize(reserved);
}

static CK_RV shim_get_token_info(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info)
{
    return removed ? CKR_TOKEN_NOT_PRESENT : real->C_GetTokenInfo(slot, info);
}

static CK_RV
shim_login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length)
{
    return removed ? CKR_DEVICE_REMOVED : real->C_Login(session, user, pin, length);
}

static CK_RV
shim_sign_init(CK_SESSION_HANDLE session, CK_MECHANISM_PTR mechanism, CK_OBJECT_HANDLE key)
{
    return removed ? CKR_DEVICE_REMOVED : real->C_SignInit(session, mechanism, key);
}

static CK_RV shim_sign(CK_SESSION_HANDLE session,
                       CK_BYTE_PTR data,
                       CK_ULONG length,
                       CK_BYTE_PTR signature,
                       CK_ULONG_PTR signature_length)
{
    if (!removed && signatures_left == 0)
        removed = 1;
    if (removed)
        return CKR_DEVICE_REMOVED;
    const CK_RV result = real->C_Sign(session, data, length, signature, signature_length);
    /* A call that only asks the signature's length signs nothing. */
    if (result == CKR_OK && signature && signatures_left > 0)
        --signatures_left;
    return result;
}

static CK_RV shim_sign_update(CK_SESSION_HANDLE session, CK_BYTE_PTR part, CK_ULONG length)
{
    return removed ? CKR_DEVICE_REMOVED : real->C_SignUpdate(session, part, length);
}

static CK_RV
shim_sign_final(CK_SESSION_HANDLE session, CK_BYTE_PTR signature, CK_ULONG_PTR signature_length)
{
    return removed ? CKR_DEVICE_REMOVED : real->C_SignFinal(session, signature, signature_length);
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    if (!real) {
        const char *path = getenv("KEZEK_PKCS11_REAL_MODULE");
        if (!path || !*path)
            return CKR_GENERAL_ERROR;
        real_library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!real_library)
            return CKR_GENERAL_ERROR;
        CK_C_GetFunctionList get = (CK_C_GetFunctionList)dlsym(real_library, "C_GetFunctionList");
        if (!get || get(&real) != CKR_OK || !real)
            return CKR_GENERAL_ERROR;
    }
    shim = *real;
    shim.C_Initialize = shim_initialize;
    shim.C_Finalize = shim_finalize;
    shim.C_GetTokenInfo = shim_get_token_info;
    shim.C_Login = shim_login;
    shim.C_SignInit = shim_sign_init;
    shim.C_Sign = shim_sign;
    shim.C_SignUpdate = shim_sign_update;
    shim.C_SignFinal = shim_sign_final;
    *list = &shim;
    return CKR_OK;
}
