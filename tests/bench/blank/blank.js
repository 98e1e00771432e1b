// Marks when a page with nothing but this module script has run it.
performance.mark('blank:ran');
