/**
 * The files operators run OCOP Fair with, read as data: the PromQL of the Grafana dashboards and
 * the Prometheus rules, and the metric names those queries need. Used by this module's file checks
 * and by the system tests, which compare them with what the running services expose.
 */
package vn.ocop.fair.operations;
