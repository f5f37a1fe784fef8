#!/usr/bin/env python3
"""Writes a large, valid Fleetplan project for scale and performance tests.

    python3 scripts/generate-large-project.py --clusters 2000 --profiles 200 > large.fleet.yaml

The project has 5 environments in 10 regions, PROFILES cluster profiles (a mix of
node shapes) and CLUSTERS workload clusters spread over environments, regions and
profiles, plus one management cluster, in a multi-primary mesh with one network per
region. The output depends only on the arguments (no clock, no randomness).
"""
import argparse

ENVIRONMENTS = ["dev", "test", "staging", "perf", "prod"]
REGIONS = ["eu-west-1", "eu-west-2", "eu-central-1", "eu-north-1", "us-east-1",
           "us-east-2", "us-west-1", "us-west-2", "ap-south-1", "ap-northeast-1"]
SHAPES = [(4, 16), (8, 32), (16, 64), (32, 128)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=2000)
    parser.add_argument("--profiles", type=int, default=200)
    args = parser.parse_args()
    networks = [f"net-{region}" for region in REGIONS]
    out = [
        "apiVersion: fleetplan/v1",
        "kind: Project",
        "metadata:",
        "  name: large-fleet",
        f"  description: Generated with {args.clusters} clusters and {args.profiles} profiles",
        "spec:",
        '  kubernetesVersion: "1.34"',
        "  requirements:",
        f"    environments: [{', '.join(ENVIRONMENTS)}]",
        f"    regions: [{', '.join(REGIONS)}]",
        "    zonesPerRegion: 3",
        "    multiCloud: false",
        "    onPremises: false",
        "    currentPlatform: kubernetes",
        "    teamExperience: high",
        "    workloads: [stateless, stateful, batch]",
        "    gpu: false",
        "    windows: false",
        "    mtlsRequired: true",
        f"    expectedNodes: {args.clusters * 12}",
        f"    expectedServices: {args.clusters * 20}",
        "  profiles:",
    ]
    for index in range(args.profiles):
        vcpu, memory = SHAPES[index % len(SHAPES)]
        out += [
            f"    - name: profile-{index:03d}",
            "      provider: aws",
            f"      node: {{vcpu: {vcpu}, memoryGiB: {memory}}}",
            "      maxPodsPerNode: 110",
            "      podCIDRMaskSize: 24",
            "      cpuIntensive: false",
            "      numaAware: false",
            "      headroomPercent: 20",
            "      workload:",
            f"        pods: {200 + 10 * (index % 50)}",
            "        podCPU: 250m",
            "        podMemory: 512Mi",
            "        daemonSetCPU: 200m",
            "        daemonSetMemory: 256Mi",
            "      mesh:",
            "        enabled: true",
            "        maxConcurrentConnections: 2000",
        ]
    out += [
        "  matrix:",
        "    weights: {complexity: 3, scalability: 5, ecosystem: 4, flexibility: 3, multiCloud: 2, operationalOverhead: 4}",
        "  topology:",
        "    mesh:",
        "      model: multi-primary",
        "      meshID: large-fleet",
        "      trustDomain: large.example.com",
        f"      eastWestGateways: [{', '.join(networks)}]",
        "    clusters:",
        f"      - {{name: mgmt, role: management, environment: shared, region: {REGIONS[0]}, "
        f"profile: profile-000, network: {networks[0]}}}",
    ]
    for index in range(args.clusters):
        environment = ENVIRONMENTS[index % len(ENVIRONMENTS)]
        region = index // len(ENVIRONMENTS) % len(REGIONS)
        profile = index % args.profiles
        out.append(
            f"      - {{name: {environment}-{REGIONS[region]}-{index:04d}, role: workload, environment: {environment}, "
            f"region: {REGIONS[region]}, profile: profile-{profile:03d}, network: {networks[region]}, meshRole: primary}}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
