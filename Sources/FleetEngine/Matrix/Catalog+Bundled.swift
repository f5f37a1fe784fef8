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

    /// The newest catalog format this build reads.
    public static let supportedVersion = 1

    /// Decodes a catalog from its JSON form, refusing a format newer than this build.
    public static func decode(_ data: Data) throws(CatalogError) -> Catalog {
        let catalog: Catalog
        do {
            catalog = try JSONDecoder().decode(Catalog.self, from: data)
        } catch {
            throw CatalogError.unreadable("catalog.json", String(describing: error))
        }
        guard catalog.version <= supportedVersion else {
            throw CatalogError.tooNew("catalog.json", found: catalog.version, supported: supportedVersion)
        }
        return catalog
    }
}

/// Why the platform catalog could not be loaded.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
    case missingResource(String)
    case unreadable(String, String)
    case tooNew(String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case .missingResource(let name): "the platform catalog \(name) is missing from the installation"
        case .unreadable(let name, let detail): "the platform catalog \(name) cannot be read: \(detail)"
        case .tooNew(let name, let found, let supported):
            "the platform catalog \(name) has format version \(found); this Fleetplan reads up to \(supported), so update Fleetplan"
        }
    }
}
