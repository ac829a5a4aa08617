/** Fairs: the aggregate and its lifecycle (draft → published → open → closed, or cancelled), the scheduler that opens and closes them, the calendar. */
@NullMarked
package vn.ocop.fair.event.fair;

import org.jspecify.annotations.NullMarked;
