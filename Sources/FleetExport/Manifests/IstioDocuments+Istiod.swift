import FleetEngine

extension IstioDocuments {
    /// The `Gateway` and `VirtualService` that expose a primary's istiod to its remote clusters
    /// through the east-west gateway (TLS passthrough on 15012 for xDS and 15017 for the
    /// injection webhook), as istio/istio `samples/multicluster/expose-istiod.yaml` does.
    ///
    /// `nil` unless `exposesIstiod`; such a primary always runs the east-west gateway, on a
    /// single network too (istio.io `primary-remote`: "Install the east-west gateway in
    /// cluster1", then "Expose the control plane in cluster1").
    public var istiodExposure: [ConfigValue]? {
        guard exposesIstiod else { return nil }
        let metadata: (String) -> ConfigValue = { name in
            .map([ConfigEntry("name", .string(name)), ConfigEntry("namespace", .string(Self.namespace))])
        }
        let server: (String, Int) -> ConfigValue = { name, port in
            .map([
                ConfigEntry("port", .map([ConfigEntry("name", .string(name)), ConfigEntry("number", .int(port)), ConfigEntry("protocol", "TLS")])),
                ConfigEntry("tls", .map([ConfigEntry("mode", "PASSTHROUGH")])),
                ConfigEntry("hosts", .list(["*"])),
            ])
        }
        let route: (Int, Int) -> ConfigValue = { port, target in
            .map([
                ConfigEntry("match", .list([.map([ConfigEntry("port", .int(port)), ConfigEntry("sniHosts", .list(["*"]))])])),
                ConfigEntry("route", .list([.map([ConfigEntry("destination", .map([
                    ConfigEntry("host", .string("istiod.\(Self.namespace).svc.cluster.local")),
                    ConfigEntry("port", .map([ConfigEntry("number", .int(target))])),
                ]))])])),
            ])
        }
        return [
            .map([
                ConfigEntry("apiVersion", "networking.istio.io/v1"),
                ConfigEntry("kind", "Gateway"),
                ConfigEntry("metadata", metadata("istiod-gateway")),
                ConfigEntry("spec", .map([
                    ConfigEntry("selector", .map([ConfigEntry("istio", "eastwestgateway")])),
                    ConfigEntry("servers", .list([server("tls-istiod", 15012), server("tls-istiodwebhook", 15017)])),
                ])),
            ]),
            .map([
                ConfigEntry("apiVersion", "networking.istio.io/v1"),
                ConfigEntry("kind", "VirtualService"),
                ConfigEntry("metadata", metadata("istiod-vs")),
                ConfigEntry("spec", .map([
                    ConfigEntry("hosts", .list(["*"])),
                    ConfigEntry("gateways", .list(["istiod-gateway"])),
                    ConfigEntry("tls", .list([route(15012, 15012), route(15017, 443)])),
                ])),
            ]),
        ]
    }
}
