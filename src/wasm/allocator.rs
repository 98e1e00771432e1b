//! The WebAssembly build's memory allocator: blocks in power-of-two size classes, each
//! class with its own free list, carved from memory the module grows page by page.
//!
//! Why not the standard library's (dlmalloc): this module runs one short computation at a
//! time on small, short-lived values, where splitting and coalescing buy little, and the
//! general allocator is one of the largest pieces of the module. Rounding every request up
//! to a power of two wastes at most half of each block; a freed block is reused by the next
//! request of its class, so repeated projections run in constant memory.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// Smallest block: room for the free-list link and a typical short string.
const MIN_CLASS_SHIFT: u32 = 4;
/// One class per power of two from 16 bytes to 2 GiB.
const CLASSES: usize = 28;
const PAGE: usize = 65_536;

struct State {
    /// Head of each class's free list (0: empty); a free block's first word links the next.
    free: [usize; CLASSES],
    /// Next unused byte of the current run of grown memory, and its end.
    next: usize,
    end: usize,
}

/// The allocator. WebAssembly here is single-threaded, so plain cells suffice.
pub struct SizeClasses(UnsafeCell<State>);

// SAFETY: the wasm32-unknown-unknown target without threads runs on one thread only.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    /// An allocator with nothing allocated yet.
    pub const fn new() -> SizeClasses {
        SizeClasses(UnsafeCell::new(State {
            free: [0; CLASSES],
            next: 0,
            end: 0,
        }))
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        SizeClasses::new()
    }
}

/// The class of a layout: the power of two that holds both its size and its alignment.
/// Alignments above a page are not supported (nothing here asks for one): such a request
/// fails like an exhausted memory would.
fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS_SHIFT);
    let shift = size.checked_next_power_of_two()?.trailing_zeros();
    let class = (shift - MIN_CLASS_SHIFT) as usize;
    (class < CLASSES).then_some(class)
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            return core::ptr::null_mut();
        };
        // SAFETY: single-threaded, and no reference to the state outlives this call.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[class];
        if head != 0 {
            // SAFETY: `head` is a block of this class freed earlier; its first word links on.
            state.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << (class as u32 + MIN_CLASS_SHIFT);
        // Blocks are aligned to their size up to a page, which covers every alignment asked.
        let align = size.min(PAGE);
        let start = (state.next + align - 1) & !(align - 1);
        let Some(stop) = start.checked_add(size) else {
            return core::ptr::null_mut();
        };
        if start == 0 || stop > state.end {
            let pages = size.div_ceil(PAGE) + 1;
            let grown = core::arch::wasm32::memory_grow(0, pages);
            if grown == usize::MAX {
                return core::ptr::null_mut();
            }
            let base = grown * PAGE;
            // Continue the current run when the new pages follow it; start afresh otherwise.
            if base != state.end || state.end == 0 {
                state.next = base;
            }
            state.end = base + pages * PAGE;
            return unsafe { self.alloc(layout) };
        }
        state.next = stop;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            return;
        };
        // SAFETY: single-threaded; `ptr` is a block of this class no longer in use.
        let state = unsafe { &mut *self.0.get() };
        unsafe { *(ptr as *mut usize) = state.free[class] };
        state.free[class] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A block already big enough for the new size stays where it is.
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return core::ptr::null_mut();
        };
        if class_of(new_layout) == class_of(layout) {
            return ptr;
        }
        let moved = unsafe { self.alloc(new_layout) };
        if !moved.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        moved
    }
}
