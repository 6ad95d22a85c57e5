#ifndef TRYG_CLIBGIT2_SHIM_H
#define TRYG_CLIBGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>
#include <zlib.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one small wrapper per option tryg uses. */

/// Turns libgit2's check of object hashes on read on or off.
static inline int tryg_git_opts_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/// Turns the creation-time validity check of objects on or off.
static inline int tryg_git_opts_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/// Sets the directories searched for configuration at a level (system, global, XDG).
static inline int tryg_git_opts_set_search_path(git_config_level_t level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

/// Turns libgit2's checks of repository ownership (safe.directory) on or off.
static inline int tryg_git_opts_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/// An object-database backend of tryg's (Sources/Git/LooseObjectGuard.swift): libgit2's backend
/// structure followed by a pointer to the Swift object that answers for it.
typedef struct {
    git_odb_backend parent;
    void *context;
} tryg_odb_backend;

/// zlib's inflateInit is a macro, which Swift cannot call.
static inline int tryg_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}

#endif
