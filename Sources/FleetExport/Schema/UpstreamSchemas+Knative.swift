extension UpstreamSchemas {
    /// `Service` (serving.knative.dev/v1), the document `gcloud run services replace` reads.
    ///
    /// Sources: knative/serving `pkg/apis/serving/v1/service_types.go` (`Service`, `ServiceSpec`
    /// with its inline `ConfigurationSpec.template`) and `revision_types.go` (`RevisionSpec`:
    /// `containerConcurrency`, `timeoutSeconds`, the inline `corev1.PodSpec` `containers`);
    /// the annotations and the location label are those of Cloud Run's YAML reference
    /// (https://cloud.google.com/run/docs/reference/yaml/v1).
    public static let knativeService = DocumentSchema(
        apiVersion: "serving.knative.dev/v1", kind: "Service",
        source: "knative/serving pkg/apis/serving/v1/service_types.go",
        fields: objectMeta + [
            .init("spec"),
            .init("spec.template"),
            .init("spec.template.metadata"),
            .init("spec.template.metadata.annotations", .freeKeys(allowed: [
                "autoscaling.knative.dev/minScale", "autoscaling.knative.dev/maxScale",
            ])),
            .init("spec.template.spec"),
            .init("spec.template.spec.containerConcurrency"),
            .init("spec.template.spec.timeoutSeconds"),
            .init("spec.template.spec.containers"),
            .init("spec.template.spec.containers[].image"),
            .init("spec.template.spec.containers[].ports"),
            .init("spec.template.spec.containers[].ports[].containerPort"),
            .init("spec.template.spec.containers[].resources"),
        ] + resources("spec.template.spec.containers[].resources"))
}
