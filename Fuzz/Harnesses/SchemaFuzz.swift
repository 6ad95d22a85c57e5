// libFuzzer harness: schema compile + validate, schema and instance from the input.
//
// The input is a schema, a NUL byte, and an instance (both JSON). The schema is checked against the
// draft 2020-12 meta-schema (the fast and the detailed answer must agree), and a schema that passes
// is compiled: compiling must end in a schema or a SchemaError; validating must agree between the
// fast path and the detailed path (isValid is true exactly when validate finds no error), and every
// error must point into the instance (through any copy of a duplicated key). The compiled graph
// must be freed afterwards (LeakSanitizer reports a cycle that is not broken).
//
// The meta-schema is compiled once per process and the check done here, through public API only,
// as SchemaRegistry does it when it compiles with validateSchemas; compiling the meta-schema for
// every input made the harness about 8 times slower.
import JSON
import JSONSchema

/// The meta-schema validator, compiled once.
let metaSchema: Schema = {
    do {
        return try SchemaRegistry().compile(uri: "https://json-schema.org/draft/2020-12/schema")
    } catch {
        fatal("the meta-schema does not compile: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (schemaBytes, instanceBytes) = splitAtNUL(data, size)
    guard let schemaDocument = try? JSONParser().parse(schemaBytes) else { return 0 }
    let instance = (try? JSONParser().parse(instanceBytes))?.root ?? .null
    let metaValid = metaSchema.isValid(schemaDocument.root)
    check(metaValid == metaSchema.validate(schemaDocument.root).isEmpty, "the meta-schema's two paths disagree")
    guard metaValid else { return 0 }
    // Formats as assertions or annotations, decided by the input so that both are explored.
    let registry = SchemaRegistry(options: SchemaOptions(assertFormats: size % 2 == 1, validateSchemas: false))
    let schema: Schema
    do {
        schema = try registry.compile(schemaDocument.root, uri: "https://fuzz.tryg.invalid/schema.json")
    } catch {
        _ = error.message
        if let offset = error.offset { _ = schemaDocument.location(ofOffset: offset) }
        return 0
    }
    let valid = schema.isValid(instance)
    let errors = schema.validate(instance)
    check(valid == errors.isEmpty, "isValid says \(valid), validate found \(errors.count) errors")
    for error in errors {
        _ = error.message
        check(
            pointsInto(error.instanceLocation.tokens[...], instance), "error at \(error.instanceLocation), not in the instance")
    }
    return 0
}

/// Whether `tokens` lead to a value inside `value`, through any copy of a duplicated key: every
/// member is validated as written, duplicates included (each error at its own offset), while a
/// pointer's usual reading takes the last copy.
func pointsInto(_ tokens: ArraySlice<String>, _ value: JSONValue) -> Bool {
    guard let token = tokens.first else { return true }
    switch value.kind {
    case .object(let object):
        return object.members.contains { $0.key == token && pointsInto(tokens.dropFirst(), $0.value) }
    case .array(let array):
        guard let index = JSONPointer.arrayIndex(token), index < array.count else { return false }
        return pointsInto(tokens.dropFirst(), array[index])
    default:
        return false
    }
}
