/** The programme of a fair: livestreams, performances, workshops, the opening ceremony, tastings — on a stage or at a booth. */
@NullMarked
package vn.ocop.fair.event.programme;

import org.jspecify.annotations.NullMarked;
