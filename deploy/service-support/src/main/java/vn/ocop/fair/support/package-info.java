/** Plumbing every OCOP Fair service is deployed with; nothing here knows any domain. */
package vn.ocop.fair.support;
