import FleetEngine
import FleetModel

/// The mesh's bootstrap runbook, `mesh/`: POSIX shell scripts that install the multi-cluster
/// mesh the way the Istio install guides do (istio/istio.io
/// `content/en/docs/setup/install/multicluster/`), for the model and networks of the design.
///
/// Order (each step prints what it does and runs its check):
/// 1. `01-certificates.sh`: one root CA and an intermediate CA per mesh cluster with `openssl`,
///    as istio/istio `tools/certs` (`common.mk`, `Makefile.selfsigned.mk`) makes them; each
///    cluster's `istio-system` Namespace (network label, control-plane annotation) and its
///    `cacerts` secret, before any istiod starts (`before-you-begin`: "Configure Trust").
/// 2. `02-primaries.sh`: per primary, the control plane, then its east-west gateway (waiting
///    for its address), the istiod exposure for its remotes and the cross-network Gateway.
/// 3. `03-remotes.sh`: per remote, the remote profile pointed at its primary's east-west
///    gateway, the remote secret that attaches it to its primary, then its gateways.
/// 4. `04-endpoint-discovery.sh`: every primary's remote secret into every other primary.
/// 5. `05-mesh-policy.sh`: the mesh-wide policy on every primary (mTLS, telemetry, failover).
/// 6. `06-verify.sh`: `istioctl remote-clusters` on each primary, `istioctl proxy-status` on
///    each cluster.
///
/// `bootstrap.sh` runs them in that order. Kube contexts come from `CTX_<NAME>` variables
/// (`env.sh`), defaulting to `clusters[].kubeContext`. Only files that exist in the bundle are
/// referenced: the runbook is built from the bundle's own paths.
struct MeshRunbook {
    var install: MeshInstall
    var project: Project
    /// Every path the bundle holds so far.
    var paths: Set<String>

    /// Paths under `mesh/` → text, in run order.
    var files: [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("mesh/env.sh", env)]
        var steps: [(name: String, title: String)] = []
        func step(_ name: String, _ title: String, _ body: [String]) {
            files.append(("mesh/\(name)", script(title: title, body: body)))
            steps.append((name, title))
        }
        step("01-certificates.sh", "Shared root of trust: a root CA, an intermediate CA and a cacerts secret per cluster", certificates)
        step("02-primaries.sh", "Primaries: control plane, east-west gateway, istiod and service exposure", primaries)
        if !remotes.isEmpty {
            step("03-remotes.sh", "Remotes: remote profile, attach to the primary, gateways", remotes)
        }
        if install.primaries.count > 1 {
            step("04-endpoint-discovery.sh", "Endpoint discovery: every primary's remote secret into every other primary", endpointDiscovery)
        }
        let policy = meshPolicy
        if !policy.isEmpty { step("05-mesh-policy.sh", "Mesh-wide policy on the primaries", policy) }
        step("06-verify.sh", "Verify: remote clusters seen by each primary, proxies synced in each cluster", verify)
        files.append(("mesh/bootstrap.sh", bootstrap(steps)))
        files.append(("mesh/traffic/canary.sh", TrafficScripts.canary(failover: failoverEntries)))
        files.append(("mesh/traffic/blue-green.sh", TrafficScripts.blueGreen(failover: failoverEntries)))
        return files
    }

    /// The scripts `bootstrap.sh` runs, in order, with their titles (for the README).
    var steps: [(path: String, title: String)] {
        files.filter { $0.path.hasPrefix("mesh/0") }.map { file in
            let title = file.text.split(separator: "\n").dropFirst().first.map { String($0.dropFirst(2)) } ?? ""
            return (file.path, title)
        }
    }

    /// The failover entries of the mesh's `DestinationRule` (first fallback of each rule).
    var failoverEntries: [(from: String, to: String)] {
        project.topology.mesh.failover.compactMap { rule in rule.to.first.map { (rule.from, $0) } }
    }

    // MARK: Pieces

    func istioFile(_ cluster: String, _ name: String) -> String? {
        let path = "\(BundleLayout.clusterDirectory(cluster))/istio/\(name)"
        return paths.contains(path) ? path : nil
    }

    func context(_ member: MeshInstall.Member) -> String { "\"$\(member.contextVariable)\"" }

    var env: String {
        var lines = [
            "# shellcheck shell=sh",
            "# Kube contexts of the mesh clusters of \(project.metadata.name), and the addresses the design",
            "# cannot know yet. Every script of this directory reads this file. Export a variable to",
            "# override it; a missing one stops the runbook and names the command that reveals it.",
            "",
        ]
        for member in install.members {
            let variable = member.contextVariable
            if let context = member.cluster.kubeContext, !context.isEmpty {
                lines.append("\(variable)=\"${\(variable):-\(Self.doubleQuoted(context))}\"")
            } else {
                lines.append(": \"${\(variable):?set \(variable) to the kube context of cluster \(member.cluster.name) (kubectl config get-contexts -o name)}\"")
            }
        }
        let serving = install.primaries.filter(\.servesRemotes)
        if !serving.isEmpty {
            lines += ["", "# The east-west gateway address of each primary that serves remotes (remotePilotAddress);",
                      "# empty: read from the gateway's Service once it has one."]
            for primary in serving {
                let variable = MeshInstall.discoveryVariable(primary.cluster.name)
                let known = primary.cluster.eastWestAddress.map(Self.doubleQuoted) ?? ""
                lines.append("\(variable)=\"${\(variable):-\(known)}\"")
            }
        }
        lines += [
            "",
            "# Prints the address of the east-west gateway in context $1 (field $2: ip or hostname),",
            "# waiting up to ten minutes for its load balancer.",
            "gateway_address() {",
            "    tries=0",
            "    while [ \"$tries\" -lt 60 ]; do",
            "        address=$(kubectl --context=\"$1\" -n istio-system get svc istio-eastwestgateway -o jsonpath=\"{.status.loadBalancer.ingress[0].$2}\")",
            "        if [ -n \"$address\" ]; then",
            "            printf '%s\\n' \"$address\"",
            "            return 0",
            "        fi",
            "        tries=$((tries + 1))",
            "        sleep 10",
            "    done",
            "    echo \"istio-eastwestgateway in context $1 has no address after ten minutes\" >&2",
            "    return 1",
            "}",
            "",
            "# Prints a step's title.",
            "step() {",
            "    printf '\\n== %s\\n' \"$*\"",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    func script(title: String, body: [String]) -> String {
        ([
            "#!/bin/sh",
            "# \(title)",
            "# Part of the mesh runbook of \(project.metadata.name) (run mesh/bootstrap.sh for every step in order).",
            "set -eu",
            "cd \"$(dirname \"$0\")/..\"",
            "# shellcheck source=mesh/env.sh",
            ". ./mesh/env.sh",
            "",
        ] + body).joined(separator: "\n") + "\n"
    }

    var certificates: [String] {
        var lines = [
            "for tool in openssl kubectl; do",
            "    command -v \"$tool\" >/dev/null || { echo \"$tool is required\" >&2; exit 69; }",
            "done",
            "# Keys stay on this machine, readable by you only; keep mesh/certs out of version control.",
            "CERTS=\"${CERTS:-mesh/certs}\"",
            "# RSA key size of the CAs (istio/istio tools/certs uses \(Self.keyBits)).",
            "CA_KEY_BITS=\"${CA_KEY_BITS:-\(Self.keyBits)}\"",
            "umask 077",
            "mkdir -p \"$CERTS\"",
            "",
            "step \"root CA (\(Self.rootDays) days, RSA $CA_KEY_BITS)\"",
            "if [ ! -f \"$CERTS/root-cert.pem\" ]; then",
            "    cat >\"$CERTS/root-ca.conf\" <<EOF",
            "[ req ]",
            "encrypt_key = no",
            "prompt = no",
            "utf8 = yes",
            "default_md = sha256",
            "default_bits = $CA_KEY_BITS",
            "req_extensions = req_ext",
            "x509_extensions = req_ext",
            "distinguished_name = req_dn",
            "[ req_ext ]",
            "subjectKeyIdentifier = hash",
            "basicConstraints = critical, CA:true",
            "keyUsage = critical, digitalSignature, nonRepudiation, keyEncipherment, keyCertSign",
            "[ req_dn ]",
            "O = \(Self.configValue(install.meshID))",
            "CN = Root CA",
            "EOF",
            "    openssl genrsa -out \"$CERTS/root-key.pem\" \"$CA_KEY_BITS\"",
            "    openssl req -new -key \"$CERTS/root-key.pem\" -config \"$CERTS/root-ca.conf\" -out \"$CERTS/root-cert.csr\"",
            "    openssl x509 -req -days \(Self.rootDays) -signkey \"$CERTS/root-key.pem\" -extensions req_ext -extfile \"$CERTS/root-ca.conf\" -in \"$CERTS/root-cert.csr\" -out \"$CERTS/root-cert.pem\"",
            "fi",
            "",
            "# intermediate NAME CONTEXT: the cluster's intermediate CA, signed by the root, and its",
            "# cacerts secret in istio-system (istiod reads it when it starts).",
            "intermediate() {",
            "    dir=\"$CERTS/$1\"",
            "    mkdir -p \"$dir\"",
            "    if [ ! -f \"$dir/ca-cert.pem\" ]; then",
            "        cat >\"$dir/intermediate.conf\" <<EOF",
            "[ req ]",
            "encrypt_key = no",
            "prompt = no",
            "utf8 = yes",
            "default_md = sha256",
            "default_bits = $CA_KEY_BITS",
            "req_extensions = req_ext",
            "x509_extensions = req_ext",
            "distinguished_name = req_dn",
            "[ req_ext ]",
            "subjectKeyIdentifier = hash",
            "basicConstraints = critical, CA:true, pathlen:0",
            "keyUsage = critical, digitalSignature, nonRepudiation, keyEncipherment, keyCertSign",
            "subjectAltName = @san",
            "[ san ]",
            "DNS.1 = istiod.istio-system.svc",
            "[ req_dn ]",
            "O = \(Self.configValue(install.meshID))",
            "CN = Intermediate CA",
            "L = $1",
            "EOF",
            "        openssl genrsa -out \"$dir/ca-key.pem\" \"$CA_KEY_BITS\"",
            "        openssl req -new -config \"$dir/intermediate.conf\" -key \"$dir/ca-key.pem\" -out \"$dir/cluster-ca.csr\"",
            "        openssl x509 -req -days \(Self.intermediateDays) -CA \"$CERTS/root-cert.pem\" -CAkey \"$CERTS/root-key.pem\" -CAcreateserial -extensions req_ext -extfile \"$dir/intermediate.conf\" -in \"$dir/cluster-ca.csr\" -out \"$dir/ca-cert.pem\"",
            "        cat \"$dir/ca-cert.pem\" \"$CERTS/root-cert.pem\" >\"$dir/cert-chain.pem\"",
            "        cp \"$CERTS/root-cert.pem\" \"$dir/root-cert.pem\"",
            "    fi",
            "    openssl verify -CAfile \"$CERTS/root-cert.pem\" \"$dir/ca-cert.pem\"",
            "    kubectl --context=\"$2\" apply -f \"clusters/$1/istio/namespace.yaml\"",
            "    kubectl --context=\"$2\" -n istio-system create secret generic cacerts \\",
            "        --from-file=\"$dir/ca-cert.pem\" --from-file=\"$dir/ca-key.pem\" \\",
            "        --from-file=\"$dir/root-cert.pem\" --from-file=\"$dir/cert-chain.pem\" \\",
            "        --dry-run=client -o yaml | kubectl --context=\"$2\" apply -f -",
            "    kubectl --context=\"$2\" -n istio-system get secret cacerts",
            "}",
            "",
        ]
        for member in install.members where istioFile(member.cluster.name, "namespace.yaml") != nil {
            lines.append("step \"\(member.cluster.name): intermediate CA and cacerts\"")
            lines.append("intermediate \(member.cluster.name) \(context(member))")
        }
        return lines
    }

    var primaries: [String] {
        var lines: [String] = []
        for member in install.primaries {
            let name = member.cluster.name
            guard let operatorFile = istioFile(name, "istio-operator.yaml") else {
                lines.append("echo \"\(name) has no Istio files (its profile cannot be planned); see the README's Findings\" >&2")
                lines.append("exit 65")
                continue
            }
            let ctx = context(member)
            lines += [
                "step \"\(name): network \(member.cluster.network)\"",
                "kubectl --context=\(ctx) apply -f clusters/\(name)/istio/namespace.yaml",
                "step \"\(name): control plane (primary\(member.servesRemotes ? ", external istiod for its remotes" : ""))\"",
                "istioctl install -y --context=\(ctx) -f \(operatorFile)",
                "kubectl --context=\(ctx) -n istio-system rollout status deployment/istiod --timeout=300s",
            ]
            if let gateways = istioFile(name, "gateways-operator.yaml") {
                lines += [
                    "step \"\(name): east-west gateway\"",
                    "istioctl install -y --context=\(ctx) -f \(gateways)",
                    "gateway_address \(ctx) \(member.provider == .aws ? "hostname" : "ip")",
                ]
            }
            if let exposure = istioFile(name, "expose-istiod.yaml") {
                lines += ["step \"\(name): expose istiod to its remotes (15012, 15017)\"",
                          "kubectl --context=\(ctx) apply -f \(exposure)"]
            }
            if let gateway = istioFile(name, "cross-network-gateway.yaml") {
                lines += ["step \"\(name): expose services to the other networks (15443)\"",
                          "kubectl --context=\(ctx) apply -f \(gateway)"]
            }
            lines.append("")
        }
        return lines
    }

    var remotes: [String] {
        var lines: [String] = []
        for member in install.remotes {
            let name = member.cluster.name
            guard let primaryName = member.primary, let primary = install.member(named: primaryName),
                  let operatorFile = istioFile(name, "istio-operator.yaml") else { continue }
            let ctx = context(member)
            let primaryContext = context(primary)
            let variable = MeshInstall.discoveryVariable(primaryName)
            lines += [
                "step \"\(name): network \(member.cluster.network), control plane in \(primaryName)\"",
                "kubectl --context=\(ctx) apply -f clusters/\(name)/istio/namespace.yaml",
                "step \"\(name): remote profile, istiod at \(primaryName)'s east-west gateway\"",
                "if [ -z \"$\(variable)\" ]; then",
                "    \(variable)=$(gateway_address \(primaryContext) \(primary.provider == .aws ? "hostname" : "ip"))",
                "fi",
                "istioctl install -y --context=\(ctx) -f \(operatorFile) --set values.global.remotePilotAddress=\"$\(variable)\"",
                "step \"\(name): attach to \(primaryName) (remote secret of \(name) into \(primaryName))\"",
                "istioctl create-remote-secret --context=\(ctx) --name=\(name) | kubectl apply -f - --context=\(primaryContext)",
                "istioctl remote-clusters --context=\(primaryContext)",
            ]
            if let gateways = istioFile(name, "gateways-operator.yaml") {
                lines += ["step \"\(name): gateways\"", "istioctl install -y --context=\(ctx) -f \(gateways)"]
            }
            lines.append("")
        }
        return lines
    }

    var endpointDiscovery: [String] {
        var lines: [String] = []
        for secret in install.remoteSecrets {
            guard let source = install.member(named: secret.source), let target = install.member(named: secret.target),
                  source.isPrimary, target.isPrimary else { continue }
            lines += [
                "step \"remote secret of \(source.cluster.name) into \(target.cluster.name)\"",
                "istioctl create-remote-secret --context=\(context(source)) --name=\(source.cluster.name) | kubectl apply -f - --context=\(context(target))",
            ]
        }
        for primary in install.primaries {
            lines.append("istioctl remote-clusters --context=\(context(primary))")
        }
        return lines
    }

    var meshPolicy: [String] {
        var lines: [String] = []
        for member in install.primaries {
            let files = ["peer-authentication.yaml", "telemetry.yaml", "locality-failover.yaml"].compactMap { istioFile(member.cluster.name, $0) }
            guard !files.isEmpty else { continue }
            let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            lines.append("step \"\(member.cluster.name): \(names.joined(separator: ", "))\"")
            for file in files { lines.append("kubectl --context=\(context(member)) apply -f \(file)") }
        }
        return lines
    }

    var verify: [String] {
        var lines: [String] = []
        for primary in install.primaries {
            lines += ["step \"\(primary.cluster.name): remote clusters (every other mesh cluster it watches, synced)\"",
                      "istioctl remote-clusters --context=\(context(primary))"]
        }
        for member in install.members {
            lines += ["step \"\(member.cluster.name): proxies synced with istiod\"",
                      "istioctl proxy-status --context=\(context(member))"]
        }
        return lines
    }

    func bootstrap(_ steps: [(name: String, title: String)]) -> String {
        var lines = [
            "#!/bin/sh",
            "# The whole mesh bootstrap of \(project.metadata.name), in the order the Istio install guides give.",
            "# Set the CTX_<NAME> variables of mesh/env.sh first; each step can also be run alone.",
            "set -eu",
            "cd \"$(dirname \"$0\")/..\"",
        ]
        for step in steps { lines.append("sh mesh/\(step.name)   # \(step.title)") }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Facts

    /// Root CA lifetime, days (istio/istio `tools/certs/common.mk` `ROOTCA_DAYS`).
    static let rootDays = 3650
    /// Intermediate CA lifetime, days (`INTERMEDIATE_DAYS`).
    static let intermediateDays = 730
    /// RSA key size of both (`ROOTCA_KEYSZ`, `INTERMEDIATE_KEYSZ`).
    static let keyBits = 4096

    /// `text` escaped for the inside of a double-quoted shell word.
    static func doubleQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$").replacingOccurrences(of: "`", with: "\\`")
    }

    /// A value for an OpenSSL config line (no newlines or section brackets).
    static func configValue(_ text: String) -> String {
        String(text.filter { !"\n\r[]$`\\".contains($0) })
    }
}
