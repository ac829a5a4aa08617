/**
 * What catalog's repositories share about MongoDB: the marker through which a sweeper reads only
 * its working set, and the migrations run once per database.
 */
@NullMarked
package vn.ocop.fair.catalog.mongo;

import org.jspecify.annotations.NullMarked;
