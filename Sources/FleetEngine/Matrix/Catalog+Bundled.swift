import Foundation

extension Catalog {
    /// The catalog shipped with Fleetplan (`Matrix/Resources/catalog.json`), decoded once.
    ///
    /// This is the only place the engine reads a file: the data is part of the program.
    /// - Throws: `CatalogError` when the resource is missing or does not decode.
    public static func bundled() throws(CatalogError) -> Catalog {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Catalog, CatalogError> = {
        guard let url = Bundle.module.url(forResource: "catalog", withExtension: "json") else {
            return .failure(.missingResource("catalog.json"))
        }
        do {
            return .success(try decode(Data(contentsOf: url)))
        } catch let error as CatalogError {
            return .failure(error)
        } catch {
            return .failure(.unreadable("catalog.json", String(describing: error)))
        }
    }()

    /// Decodes a catalog from its JSON form.
    public static func decode(_ data: Data) throws(CatalogError) -> Catalog {
        do {
            return try JSONDecoder().decode(Catalog.self, from: data)
        } catch {
            throw CatalogError.unreadable("catalog.json", String(describing: error))
        }
    }
}

/// Why the platform catalog could not be loaded.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
    case missingResource(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missingResource(let name): "the platform catalog \(name) is missing from the installation"
        case .unreadable(let name, let detail): "the platform catalog \(name) cannot be read: \(detail)"
        }
    }
}
