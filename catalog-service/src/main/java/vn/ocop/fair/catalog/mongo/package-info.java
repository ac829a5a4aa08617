/** What catalog's repositories share about MongoDB: the marker through which a sweeper reads only its working set. */
package vn.ocop.fair.catalog.mongo;
