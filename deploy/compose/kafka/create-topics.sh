#!/bin/bash
# The topics of deploy/local/.../Topics.java (the contract: names, partitions, retention), created
# once by the kafka-init container. deploy/operations' ComposeFileTest checks this list against Topics.all().
set -euo pipefail
bootstrap="${1:-kafka:9092}"
create() { # name partitions configs
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1 \
    $(echo "$3" | tr "," "\n" | sed "s/^/--config /")
}
create ocop.catalog.products.v1 3 cleanup.policy=compact
create ocop.catalog.stock.v1 3 cleanup.policy=delete,retention.ms=604800000
create ocop.orders.v1 3 cleanup.policy=delete,retention.ms=604800000
create ocop.fairs.v1 3 cleanup.policy=delete,retention.ms=-1
create ocop.catalog.products.v1.order-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.catalog.products.v1.event-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.catalog.stock.v1.order-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.catalog.stock.v1.notification-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.orders.v1.catalog-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.orders.v1.notification-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.fairs.v1.catalog-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.fairs.v1.order-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
create ocop.fairs.v1.notification-service.dlq 3 cleanup.policy=delete,retention.ms=1209600000
echo "topics ready"
