#!/usr/bin/env python3
"""Regenerate Fleetplan's extracted upstream field tables.

  scripts/generate-upstream-tables.py CLONES

CLONES is a directory holding git clones of the upstream repositories, each as
`<owner>+<name>` (for example `argoproj+argo-cd`). Every table is read at the tag listed
below with `git show TAG:PATH`, run through scripts/extract-upstream-fields.py and written
to Sources/FleetExport/Schema/Extracted/ as a Swift file that records the repository, path,
tag and commit. Bumping a version is a change to TABLES and a rerun; the bundle tests then
show every emitted field the new release no longer accepts.
"""
import importlib.util
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("extract", os.path.join(HERE, "extract-upstream-fields.py"))
extract = importlib.util.module_from_spec(spec)
spec.loader.exec_module(extract)

# (Swift file, [(Swift name, source kind, repo, tag, path, version or operation, keep, CRD metadata?)])
TABLES = [
    ("UpstreamTables+ArgoCD.swift", [
        ("argoAppProject", "crd", "argoproj/argo-cd", "v3.5.1", "manifests/crds/appproject-crd.yaml", "v1alpha1", [], True),
        ("argoApplication", "crd", "argoproj/argo-cd", "v3.5.1", "manifests/crds/application-crd.yaml", "v1alpha1", [], True),
        # Only the list generator: Fleetplan emits no other, and every generator nests a whole
        # Application template (the full CRD holds 7,856 fields).
        ("argoApplicationSet", "crd", "argoproj/argo-cd", "v3.5.1", "manifests/crds/applicationset-crd.yaml", "v1alpha1",
         ["spec.generators[].list.elements", "spec.template", "spec.syncPolicy", "spec.goTemplate", "spec.goTemplateOptions"], True),
    ]),
    ("UpstreamTables+Flux.swift", [
        ("fluxGitRepository", "crd", "fluxcd/source-controller", "v1.9.1",
         "config/crd/bases/source.toolkit.fluxcd.io_gitrepositories.yaml", "v1", [], True),
        ("fluxHelmRepository", "crd", "fluxcd/source-controller", "v1.9.1",
         "config/crd/bases/source.toolkit.fluxcd.io_helmrepositories.yaml", "v1", [], True),
        ("fluxKustomization", "crd", "fluxcd/kustomize-controller", "v1.9.4",
         "config/crd/bases/kustomize.toolkit.fluxcd.io_kustomizations.yaml", "v1", [], True),
        ("fluxHelmRelease", "crd", "fluxcd/helm-controller", "v1.6.3",
         "config/crd/bases/helm.toolkit.fluxcd.io_helmreleases.yaml", "v2", [], True),
    ]),
    ("UpstreamTables+ClusterAPI.swift", [
        ("capiCluster", "crd", "kubernetes-sigs/cluster-api", "v1.13.5",
         "config/crd/bases/cluster.x-k8s.io_clusters.yaml", "v1beta2", [], True),
        ("capiMachineDeployment", "crd", "kubernetes-sigs/cluster-api", "v1.13.5",
         "config/crd/bases/cluster.x-k8s.io_machinedeployments.yaml", "v1beta2", [], True),
        ("capiMachinePool", "crd", "kubernetes-sigs/cluster-api", "v1.13.5",
         "config/crd/bases/cluster.x-k8s.io_machinepools.yaml", "v1beta2", [], True),
        ("capiKubeadmControlPlane", "crd", "kubernetes-sigs/cluster-api", "v1.13.5",
         "controlplane/kubeadm/config/crd/bases/controlplane.cluster.x-k8s.io_kubeadmcontrolplanes.yaml", "v1beta2", [], True),
        ("capiKubeadmConfigTemplate", "crd", "kubernetes-sigs/cluster-api", "v1.13.5",
         "bootstrap/kubeadm/config/crd/bases/bootstrap.cluster.x-k8s.io_kubeadmconfigtemplates.yaml", "v1beta2", [], True),
        ("capaAWSCluster", "crd", "kubernetes-sigs/cluster-api-provider-aws", "v2.11.1",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_awsclusters.yaml", "v1beta2", [], True),
        ("capaAWSMachineTemplate", "crd", "kubernetes-sigs/cluster-api-provider-aws", "v2.11.1",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_awsmachinetemplates.yaml", "v1beta2", [], True),
        ("capaAWSManagedControlPlane", "crd", "kubernetes-sigs/cluster-api-provider-aws", "v2.11.1",
         "config/crd/bases/controlplane.cluster.x-k8s.io_awsmanagedcontrolplanes.yaml", "v1beta2", [], True),
        ("capaAWSManagedCluster", "crd", "kubernetes-sigs/cluster-api-provider-aws", "v2.11.1",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_awsmanagedclusters.yaml", "v1beta2", [], True),
        ("capaAWSManagedMachinePool", "crd", "kubernetes-sigs/cluster-api-provider-aws", "v2.11.1",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_awsmanagedmachinepools.yaml", "v1beta2", [], True),
        ("capgGCPCluster", "crd", "kubernetes-sigs/cluster-api-provider-gcp", "v1.12.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_gcpclusters.yaml", "v1beta1", [], True),
        ("capgGCPMachineTemplate", "crd", "kubernetes-sigs/cluster-api-provider-gcp", "v1.12.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_gcpmachinetemplates.yaml", "v1beta1", [], True),
        ("capgGCPManagedCluster", "crd", "kubernetes-sigs/cluster-api-provider-gcp", "v1.12.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_gcpmanagedclusters.yaml", "v1beta1", [], True),
        ("capgGCPManagedControlPlane", "crd", "kubernetes-sigs/cluster-api-provider-gcp", "v1.12.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_gcpmanagedcontrolplanes.yaml", "v1beta1", [], True),
        ("capgGCPManagedMachinePool", "crd", "kubernetes-sigs/cluster-api-provider-gcp", "v1.12.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_gcpmanagedmachinepools.yaml", "v1beta1", [], True),
        ("capzAzureCluster", "crd", "kubernetes-sigs/cluster-api-provider-azure", "v1.26.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_azureclusters.yaml", "v1beta1", [], True),
        ("capzAzureMachineTemplate", "crd", "kubernetes-sigs/cluster-api-provider-azure", "v1.26.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_azuremachinetemplates.yaml", "v1beta1", [], True),
        ("capzAzureASOManagedCluster", "crd", "kubernetes-sigs/cluster-api-provider-azure", "v1.26.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_azureasomanagedclusters.yaml", "v1beta1", [], True),
        ("capzAzureASOManagedControlPlane", "crd", "kubernetes-sigs/cluster-api-provider-azure", "v1.26.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_azureasomanagedcontrolplanes.yaml", "v1beta1", [], True),
        ("capzAzureASOManagedMachinePool", "crd", "kubernetes-sigs/cluster-api-provider-azure", "v1.26.0",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_azureasomanagedmachinepools.yaml", "v1beta1", [], True),
        ("metal3Cluster", "crd", "metal3-io/cluster-api-provider-metal3", "v1.13.2",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_metal3clusters.yaml", "v1beta2", [], True),
        ("metal3MachineTemplate", "crd", "metal3-io/cluster-api-provider-metal3", "v1.13.2",
         "config/crd/bases/infrastructure.cluster.x-k8s.io_metal3machinetemplates.yaml", "v1beta2", [], True),
    ]),
    ("UpstreamTables+ECS.swift", [
        ("ecsCreateCluster", "botocore", "boto/botocore", "0e6e2404b85dc336dd2889814e089bde7d1a4c55",
         "botocore/data/ecs/2014-11-13/service-2.json", "CreateCluster", [], False),
        ("ecsRegisterTaskDefinition", "botocore", "boto/botocore", "0e6e2404b85dc336dd2889814e089bde7d1a4c55",
         "botocore/data/ecs/2014-11-13/service-2.json", "RegisterTaskDefinition", [], False),
        ("ecsCreateService", "botocore", "boto/botocore", "0e6e2404b85dc336dd2889814e089bde7d1a4c55",
         "botocore/data/ecs/2014-11-13/service-2.json", "CreateService", [], False),
    ]),
]


def git(clone, *args):
    return subprocess.run(["git", "-C", clone, *args], check=True, capture_output=True, text=True).stdout


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    clones = argv[1]
    out_dir = os.path.join(HERE, "..", "Sources", "FleetExport", "Schema", "Extracted")
    os.makedirs(out_dir, exist_ok=True)
    for file_name, tables in TABLES:
        lines = ["// Generated by scripts/generate-upstream-tables.py from the upstream sources named below; do not edit.",
                 "// Each table is the field list of the upstream schema, extracted by scripts/extract-upstream-fields.py.", "",
                 "extension UpstreamSchemas {"]
        for name, kind, repo, tag, path, version, keep, crd_meta in tables:
            clone = os.path.join(clones, repo.replace("/", "+"), "repo")
            if not os.path.isdir(clone):
                clone = os.path.join(clones, repo.replace("/", "+"))
            commit = git(clone, "rev-parse", tag + "^{commit}").strip()
            text = git(clone, "show", f"{tag}:{path}")
            temp = os.path.join("/tmp", f"fleetplan-upstream-{name}")
            with open(temp, "w") as handle:
                handle.write(text)
            api, type_name, rows = (extract.crd if kind == "crd" else extract.botocore)(temp, version, keep)
            os.unlink(temp)
            release = tag if tag != commit else commit[:12]
            source = f"{repo} {path} at {release}"
            lines += ["", f"    /// `{type_name}` ({api}), {len(rows)} fields.", "    ///",
                      f"    /// Source: {repo} `{path}` at `{release}` (commit {commit})."]
            if keep:
                lines.append("    /// Extracted paths: " + ", ".join(f"`{k}`" for k in keep) + " and the paths leading to them.")
            lines.append(f"    public static let {name} = DocumentSchema(")
            lines.append(f"        apiVersion: \"{api}\", kind: \"{type_name}\",")
            lines.append(f"        source: \"{source}\",")
            if crd_meta:
                lines.append("        prefix: objectMeta,")
            lines.append("        table: \"\"\"")
            lines += ["        " + row.replace("\\", "\\\\").replace("\t", "\\t") for row in rows]
            lines.append("        \"\"\")")
        lines.append("}")
        with open(os.path.join(out_dir, file_name), "w") as handle:
            handle.write("\n".join(lines) + "\n")
        print(f"wrote {file_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
