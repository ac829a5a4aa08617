package vn.ocop.fair.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.ocop.fair.local.Topics;

/**
 * Every manifest under deploy/k8s read into fabric8's typed models (custom resources as generic
 * ones, their apiVersion and kind checked): a misspelt field lands in a model's additional
 * properties and fails here, as do dangling references between the resources.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Repository.path("deploy/k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "Namespace", Namespace.class,
            "ConfigMap", ConfigMap.class,
            "Secret", Secret.class,
            "Deployment", Deployment.class,
            "Service", Service.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "Ingress", Ingress.class,
            "NetworkPolicy", NetworkPolicy.class);
    private static final Map<String, String> CUSTOM = Map.of(
            "Kafka", "kafka.strimzi.io/v1beta2",
            "KafkaNodePool", "kafka.strimzi.io/v1beta2",
            "KafkaTopic", "kafka.strimzi.io/v1beta2",
            "MongoDBCommunity", "mongodbcommunity.mongodb.com/v1",
            "ServiceMonitor", "monitoring.coreos.com/v1");
    /** Secrets that operators create: the MongoDB community operator's connection string. */
    private static final Set<String> OPERATOR_SECRETS = Set.of("ocop-mongodb-admin-ocop");

    private final List<HasMetadata> base = manifests(K8S.resolve("base"));

    @Test
    void everyManifestParsesIntoItsModelWithoutUnknownFields() throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(K8S)) {
            files = paths.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            for (HasMetadata resource : parse(file)) {
                assertThat(unknownFields(resource, "", new IdentityHashMap<>()))
                        .as("unknown fields in %s %s (%s)", resource.getKind(), name(resource), file)
                        .isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kustomizationsListOnlyFilesThatExistAndBaseLeavesNoneOut() throws IOException {
        List<Path> kustomizations;
        try (Stream<Path> paths = Files.walk(K8S)) {
            kustomizations = paths.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
        }
        assertThat(kustomizations).hasSize(3);
        for (Path kustomization : kustomizations) {
            Map<String, Object> k = new Yaml().load(Files.readString(kustomization));
            assertThat(k.get("kind")).isEqualTo("Kustomization");
            Path dir = kustomization.getParent();
            for (String resource : (List<String>) k.getOrDefault("resources", List.of())) {
                Path target = dir.resolve(resource).normalize();
                assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s lists %s", kustomization, resource)
                        .isTrue();
            }
            for (Map<String, Object> patch : (List<Map<String, Object>>) k.getOrDefault("patches", List.of())) {
                if (patch.containsKey("path")) {
                    assertThat(dir.resolve((String) patch.get("path")))
                            .as("patch of %s", kustomization)
                            .isRegularFile();
                }
            }
        }
        Map<String, Object> baseKustomization =
                new Yaml().load(Files.readString(K8S.resolve("base/kustomization.yaml")));
        Set<String> listed = new TreeSet<>((List<String>) baseKustomization.get("resources"));
        Set<String> present;
        try (Stream<Path> paths = Files.walk(K8S.resolve("base"))) {
            present = paths.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> K8S.resolve("base").relativize(p).toString())
                    .filter(p -> !p.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).isEqualTo(present);
    }

    @Test
    void everyDeploymentProbesTheActuatorGroupsAndDeclaresResources() {
        List<Deployment> deployments = all(Deployment.class);
        assertThat(deployments)
                .extracting(this::name)
                .containsExactlyInAnyOrderElementsOf(ComposeFileTest.APPLICATIONS);
        for (Deployment deployment : deployments) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String what = name(deployment) + "/" + c.getName();
                assertThat(path(c.getLivenessProbe())).as(what).isEqualTo("/actuator/health/liveness");
                assertThat(path(c.getReadinessProbe())).as(what).isEqualTo("/actuator/health/readiness");
                Set<String> portNames =
                        c.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
                assertThat(portNames).as(what).contains("management");
                assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal())
                        .as(what)
                        .isEqualTo("management");
                assertThat(c.getResources().getRequests()).as(what).containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(what).containsKey("memory");
                c.getEnvFrom()
                        .forEach(from -> assertThat(names(ConfigMap.class))
                                .as(what)
                                .contains(from.getConfigMapRef().getName()));
                c.getEnv().stream()
                        .filter(e ->
                                e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .map(e -> e.getValueFrom().getSecretKeyRef().getName())
                        .forEach(secret -> assertThat(OPERATOR_SECRETS.contains(secret)
                                        || names(Secret.class).contains(secret))
                                .as("%s reads secret %s", what, secret)
                                .isTrue());
            }
        }
    }

    @Test
    void eachServiceListensOnThePortOfItsApplicationYml() {
        for (Deployment deployment : all(Deployment.class)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> server = (Map<String, Object>) ComposeFileTest.firstDocument(
                            Repository.path(name(deployment) + "/src/main/resources/application.yml"))
                    .get("server");
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getPorts().get(0).getContainerPort()).isEqualTo(server.get("port"));
        }
    }

    @Test
    void servicesAutoscalersBudgetsMonitorsAndTheIngressPointAtWhatExists() {
        Map<String, Map<String, String>> podLabels = new HashMap<>();
        all(Deployment.class)
                .forEach(d -> podLabels.put(
                        name(d), d.getSpec().getTemplate().getMetadata().getLabels()));

        for (Service service : all(Service.class)) {
            assertThat(podLabels.values())
                    .as("pods selected by service %s", name(service))
                    .anyMatch(labels -> labels.entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()));
        }
        for (HorizontalPodAutoscaler hpa : all(HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(podLabels).containsKey(hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMaxReplicas())
                    .isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
        }
        for (PodDisruptionBudget pdb : all(PodDisruptionBudget.class)) {
            assertThat(podLabels.values())
                    .as("pods of PDB %s", name(pdb))
                    .anyMatch(labels -> labels.entrySet()
                            .containsAll(
                                    pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        }
        assertThat(names(HorizontalPodAutoscaler.class)).isEqualTo(podLabels.keySet());
        assertThat(names(PodDisruptionBudget.class)).isEqualTo(podLabels.keySet());

        List<GenericKubernetesResource> monitors = custom("ServiceMonitor");
        assertThat(monitors).extracting(this::name).containsExactlyInAnyOrderElementsOf(podLabels.keySet());
        for (GenericKubernetesResource monitor : monitors) {
            Map<String, String> selector = monitor.get("spec", "selector", "matchLabels");
            Service service = all(Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no service for monitor " + name(monitor)));
            List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
            assertThat(service.getSpec().getPorts())
                    .extracting(ServicePort::getName)
                    .contains((String) endpoints.get(0).get("port"));
            assertThat(endpoints.get(0))
                    .containsEntry("path", "/actuator/prometheus")
                    .containsEntry("port", "management");
        }

        Ingress ingress = all(Ingress.class).get(0);
        var backend = ingress.getSpec()
                .getRules()
                .get(0)
                .getHttp()
                .getPaths()
                .get(0)
                .getBackend()
                .getService();
        assertThat(backend.getName()).isEqualTo("gateway");
        assertThat(all(Service.class).stream()
                        .filter(s -> name(s).equals("gateway"))
                        .findFirst()
                        .orElseThrow()
                        .getSpec()
                        .getPorts())
                .extracting(ServicePort::getName)
                .contains(backend.getPort().getName());
    }

    @Test
    void strimziTopicsAreTheTopicsOfTheContract() {
        String cluster = name(custom("Kafka").get(0));
        assertThat(custom("KafkaNodePool"))
                .allSatisfy(pool ->
                        assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        Map<String, String> declared = new HashMap<>();
        for (GenericKubernetesResource topic : custom("KafkaTopic")) {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            Map<String, Object> config = topic.get("spec", "config");
            declared.put(
                    topic.get("spec", "topicName"),
                    topic.get("spec", "partitions") + " "
                            + new java.util.TreeMap<>(config)
                                    .entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .collect(Collectors.joining(",")));
        }

        Map<String, String> contract = Topics.all().stream()
                .collect(Collectors.toMap(
                        NewTopic::name,
                        t -> t.numPartitions() + " "
                                + new java.util.TreeMap<>(t.configs())
                                        .entrySet().stream()
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .collect(Collectors.joining(","))));
        assertThat(declared).isEqualTo(contract);
        assertThat(declared.get(Topics.FAIRS)).contains("cleanup.policy=delete", "retention.ms=-1");
    }

    @Test
    void mongoDbIsAReplicaSetOfTheCommunityOperator() {
        GenericKubernetesResource mongo = custom("MongoDBCommunity").get(0);

        assertThat((String) mongo.get("spec", "type")).isEqualTo("ReplicaSet");
        assertThat((Integer) mongo.get("spec", "members")).isGreaterThanOrEqualTo(3);
    }

    private List<HasMetadata> manifests(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<HasMetadata> all = new ArrayList<>();
            for (Path file : paths.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .toList()) {
                all.addAll(parse(file));
            }
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<HasMetadata> parse(Path file) {
        List<HasMetadata> resources = new ArrayList<>();
        try {
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                Map<String, Object> raw = new Yaml().load(document);
                if (raw == null) {
                    continue;
                }
                String kind = String.valueOf(raw.get("kind"));
                if (TYPED.containsKey(kind)) {
                    resources.add(SERIALIZATION.unmarshal(document, TYPED.get(kind)));
                } else {
                    assertThat(CUSTOM).as("known kind %s in %s", kind, file).containsKey(kind);
                    assertThat(raw.get("apiVersion")).as("%s in %s", kind, file).isEqualTo(CUSTOM.get(kind));
                    resources.add(SERIALIZATION.unmarshal(document, GenericKubernetesResource.class));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return resources;
    }

    /** Paths of the fields a typed model did not know (they end up in its additional properties). */
    private static List<String> unknownFields(Object model, String at, IdentityHashMap<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (model == null || seen.put(model, true) != null || model instanceof GenericKubernetesResource) {
            return unknown;
        }
        if (model instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknown.addAll(unknownFields(item, at + "[" + i++ + "]", seen));
            }
            return unknown;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknown.addAll(unknownFields(v, at + "." + k, seen)));
            return unknown;
        }
        if (!model.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = getter.invoke(model);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(at + "." + k));
                    }
                } else {
                    unknown.addAll(
                            unknownFields(value, at + "." + getter.getName().substring(3), seen));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return unknown;
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    @Test
    void refusesEveryConnectionNotAllowedAndLetsOnlyTheGatewayAndPrometheusReachTheServices() {
        Map<String, NetworkPolicy> policies =
                all(NetworkPolicy.class).stream().collect(Collectors.toMap(this::name, p -> p));
        NetworkPolicy deny = policies.get("default-deny-ingress");
        assertThat(deny).as("a default-deny ingress policy").isNotNull();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();

        for (String service : List.of("catalog-service", "order-service", "event-service", "notification-service")) {
            NetworkPolicy policy = policies.get(service);
            assertThat(policy).as("policy of %s", service).isNotNull();
            assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                    .containsEntry("app.kubernetes.io/name", service);
            List<NetworkPolicyPeer> peers = policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .toList();
            assertThat(peers)
                    .as("who reaches %s", service)
                    .allSatisfy(peer ->
                            assertThat(peer.getPodSelector().getMatchLabels()).containsKey("app.kubernetes.io/name"))
                    .extracting(peer -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                    .containsExactlyInAnyOrder("gateway", "prometheus");
            assertThat(peers)
                    .filteredOn(peer -> peer.getNamespaceSelector() == null)
                    .as("only the gateway is matched inside the namespace")
                    .hasSize(1);
            // the gateway reaches the API only, Prometheus the actuator's own port only
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                String peer =
                        rule.getFrom().get(0).getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                assertThat(rule.getPorts())
                        .as("ports of %s that %s reaches", service, peer)
                        .extracting(NetworkPolicyPort::getPort)
                        .extracting(port -> port.getStrVal())
                        .containsExactly(peer.equals("gateway") ? "http" : "management");
            }
        }
        assertThat(policies.get("gateway").getSpec().getIngress())
                .flatExtracting(NetworkPolicyIngressRule::getPorts)
                .extracting(port -> port.getPort().getStrVal())
                .containsExactlyInAnyOrder("http", "management");
    }

    private <T extends HasMetadata> List<T> all(Class<T> type) {
        return base.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<GenericKubernetesResource> custom(String kind) {
        return base.stream()
                .filter(r -> r instanceof GenericKubernetesResource && kind.equals(r.getKind()))
                .map(GenericKubernetesResource.class::cast)
                .toList();
    }

    private Set<String> names(Class<? extends HasMetadata> type) {
        return all(type).stream().map(this::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private String name(HasMetadata resource) {
        return resource.getMetadata().getName();
    }
}
