import Foundation

extension InstanceCatalog {
    /// The instance catalog shipped with Fleetplan (`Matrix/Resources/instances.json`), decoded once.
    ///
    /// - Throws: `CatalogError` when the resource is missing or does not decode.
    public static func bundled() throws(CatalogError) -> InstanceCatalog {
        try bundledResult.get()
    }

    private static let bundledResult: Result<InstanceCatalog, CatalogError> = {
        guard let url = Bundle.module.url(forResource: "instances", withExtension: "json") else {
            return .failure(.missingResource("instances.json"))
        }
        do {
            return .success(try decode(Data(contentsOf: url)))
        } catch let error as CatalogError {
            return .failure(error)
        } catch {
            return .failure(.unreadable("instances.json", String(describing: error)))
        }
    }()

    /// The newest instance catalog format this build reads.
    public static let supportedVersion = 1

    /// Decodes an instance catalog from its JSON form, refusing a format newer than this build.
    public static func decode(_ data: Data) throws(CatalogError) -> InstanceCatalog {
        let catalog: InstanceCatalog
        do {
            catalog = try JSONDecoder().decode(InstanceCatalog.self, from: data)
        } catch {
            throw CatalogError.unreadable("instances.json", String(describing: error))
        }
        guard catalog.version <= supportedVersion else {
            throw CatalogError.tooNew("instances.json", found: catalog.version, supported: supportedVersion)
        }
        return catalog
    }
}
