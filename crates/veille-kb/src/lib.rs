//! Knowledge base of Sahel security actors; mention recognition and resolution
