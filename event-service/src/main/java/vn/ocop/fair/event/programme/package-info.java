/** The programme of a fair: livestreams, performances, workshops, the opening ceremony, tastings — on a stage or at a booth. */
package vn.ocop.fair.event.programme;
