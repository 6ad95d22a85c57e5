extension English {
    /// `tryg site` and the "site" section of tryg.json.
    static let site: [String: String] = [
        "config.site.not-an-object": #""site" must be an object with "baseURL", "statementURL", "responsible" and "contact""#,
        "config.site.contact-not-an-object": #""site.contact" must be an object with "name", "email", "phone" or "url""#,
        "config.site.not-a-string": "{pointer} in tryg.json must be a non-empty string",
        "config.site.hint": #"see the "site" section of schemas/config.schema.json"#,
        "usage.site-output": "--output needs a folder",
        "site.refused":
            "the site was not built: {snapshot} has {count} {count:error|errors} (fix {count:it|them}, or build with --allow-errors)",
        "site.wrote": "wrote {files} files ({size} KiB) to {folder} from {snapshot}",
        "site.no-statement":
            "tryg.json sets no site.statementURL; the pages link to was/index.html, which says so",
        "site.no-base-url": "tryg.json sets no site.baseURL; the sitemap is left out",
        "site.note-label": "note:",
        "site.write.bad-output": "cannot write the site to '{path}': give a folder",
        "site.write.not-a-folder": "cannot write the site to '{path}': it is a file, not a folder",
        "site.write.not-a-site":
            "refusing to replace '{path}': the folder is not empty and was not written by tryg site (no .tryg-site file); choose a new or empty folder",
        "site.write.bad-path": "the site has a file with an unusable path: '{path}'",
        "site.write.cannot-write": "cannot write '{path}': {reason}",
        "site.write.cannot-move": "cannot put the new site in place at '{path}': {reason}; the old site (if any) is unchanged",
    ]
}
