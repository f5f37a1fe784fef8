import FleetEngine

/// The traffic-shifting templates of the mesh runbook, `mesh/traffic/`: shell scripts that
/// print a service's `DestinationRule` and `VirtualService` for a canary step or a blue-green
/// switch, the two mesh rollout patterns of the design's roadmap.
///
/// A service's own `DestinationRule` replaces the mesh-wide `locality-failover` default for
/// that host (Istio applies the most specific rule, it does not merge them), so each one
/// printed here carries the same locality failover and outlier detection, or the service
/// would lose cross-region failover during its rollout.
enum TrafficScripts {
    /// `canary.sh SERVICE NAMESPACE PERCENT`: PERCENT % to pods labelled `version: canary`,
    /// the rest to `version: stable`.
    static func canary(failover: [(from: String, to: String)]) -> String {
        script(
            purpose: [
                "# Canary: PERCENT of SERVICE's requests go to its pods labelled version=canary, the rest to",
                "# version=stable. The roadmap's canary steps are 5, 25, 50 and 100; 0 rolls back.",
                "# Usage: sh mesh/traffic/canary.sh SERVICE NAMESPACE PERCENT | kubectl --context=\"$CTX\" apply -f -",
            ],
            arguments: "SERVICE NAMESPACE PERCENT",
            checks: [
                "percent=$3",
                "case \"$percent\" in",
                "    '' | *[!0-9]*) usage ;;",
                "esac",
                "if [ \"$percent\" -gt 100 ]; then usage; fi",
                "stable=$((100 - percent))",
            ],
            subsets: ["stable", "canary"],
            routes: [("stable", "${stable}"), ("canary", "${percent}")],
            failover: failover)
    }

    /// `blue-green.sh SERVICE NAMESPACE COLOUR`: every request to the pods labelled
    /// `version: COLOUR` (`blue` or `green`); switching back is the same command.
    static func blueGreen(failover: [(from: String, to: String)]) -> String {
        script(
            purpose: [
                "# Blue-green: every request of SERVICE goes to its pods labelled version=COLOUR (blue or green).",
                "# Deploy the idle colour, test it, then switch; switching back is the same command.",
                "# Usage: sh mesh/traffic/blue-green.sh SERVICE NAMESPACE blue|green | kubectl --context=\"$CTX\" apply -f -",
            ],
            arguments: "SERVICE NAMESPACE blue|green",
            checks: [
                "colour=$3",
                "case \"$colour\" in",
                "    blue | green) ;;",
                "    *) usage ;;",
                "esac",
            ],
            subsets: ["blue", "green"],
            routes: [("${colour}", "100")],
            failover: failover)
    }

    static func script(purpose: [String], arguments: String, checks: [String], subsets: [String],
                       routes: [(subset: String, weight: String)], failover: [(from: String, to: String)]) -> String {
        var lines = ["#!/bin/sh"] + purpose + [
            "set -eu",
            "usage() {",
            "    echo \"usage: $0 \(arguments)\" >&2",
            "    exit 64",
            "}",
            "[ \"$#\" -eq 3 ] || usage",
            "service=$1",
            "namespace=$2",
            "for name in \"$service\" \"$namespace\"; do",
            "    case \"$name\" in",
            "        '' | -* | *[!a-z0-9-]*) usage ;;",
            "    esac",
            "done",
        ] + checks + [
            "host=\"$service.$namespace.svc.cluster.local\"",
            "cat <<EOF",
            "apiVersion: networking.istio.io/v1",
            "kind: DestinationRule",
            "metadata:",
            "  name: ${service}",
            "  namespace: ${namespace}",
            "spec:",
            "  host: ${host}",
        ]
        if !failover.isEmpty {
            lines += [
                "  trafficPolicy:",
                "    loadBalancer:",
                "      localityLbSetting:",
                "        enabled: true",
                "        failover:",
            ]
            for entry in failover {
                lines += ["          - from: \(entry.from)", "            to: \(entry.to)"]
            }
            lines += ["    outlierDetection:"]
            lines += ConfigValue.map(IstioDocuments.outlierDetection).yaml()
                .split(separator: "\n").map { "      \($0)" }
        }
        lines.append("  subsets:")
        for subset in subsets {
            lines += ["    - name: \(subset)", "      labels:", "        version: \(subset)"]
        }
        lines += [
            "---",
            "apiVersion: networking.istio.io/v1",
            "kind: VirtualService",
            "metadata:",
            "  name: ${service}",
            "  namespace: ${namespace}",
            "spec:",
            "  hosts:",
            "    - ${host}",
            "  http:",
            "    - name: rollout",
            "      route:",
        ]
        for route in routes {
            lines += [
                "        - destination:",
                "            host: ${host}",
                "            subset: \(route.subset)",
                "          weight: \(route.weight)",
            ]
        }
        lines.append("EOF")
        return lines.joined(separator: "\n") + "\n"
    }
}
