//! The trigonometry and powers the drawing needs, from the browser's `Math` in WebAssembly.
//!
//! Rust's `f64::sin`, `cos`, `atan2`, `hypot`, `powf` and `ln` compile to a software maths
//! library (argument reduction alone is some 5 KB), copied into the module that every sim page
//! loads. The browser already has these functions; calling them costs a few bytes of glue.
//! Natively (the unit tests) the standard library's are used. Both are accurate to within a
//! unit in the last place, far below a pixel.

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::Math;

    pub fn sin(x: f64) -> f64 {
        Math::sin(x)
    }
    pub fn cos(x: f64) -> f64 {
        Math::cos(x)
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        Math::atan2(y, x)
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        (x * x + y * y).sqrt()
    }
    pub fn powf(x: f64, y: f64) -> f64 {
        Math::pow(x, y)
    }
    pub fn ln(x: f64) -> f64 {
        Math::log(x)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        (x * x + y * y).sqrt()
    }
    pub fn powf(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
}

/// The sine of `x` radians.
pub fn sin(x: f64) -> f64 {
    imp::sin(x)
}

/// The cosine of `x` radians.
pub fn cos(x: f64) -> f64 {
    imp::cos(x)
}

/// The angle of the point (`x`, `y`) from the positive x axis, in radians (−π to π).
pub fn atan2(y: f64, x: f64) -> f64 {
    imp::atan2(y, x)
}

/// The length of the vector (`x`, `y`). Canvas distances never come near overflow, so the
/// square root of the sum of squares serves (one instruction, `f64.sqrt`).
pub fn hypot(x: f64, y: f64) -> f64 {
    imp::hypot(x, y)
}

/// `x` raised to the power `y`.
pub fn powf(x: f64, y: f64) -> f64 {
    imp::powf(x, y)
}

/// The natural logarithm of `x`.
pub fn ln(x: f64) -> f64 {
    imp::ln(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        for i in -40..=40 {
            let x = f64::from(i) * 0.37;
            assert!((sin(x) - x.sin()).abs() < 1e-12);
            assert!((cos(x) - x.cos()).abs() < 1e-12);
            assert!((atan2(x, 1.5) - x.atan2(1.5)).abs() < 1e-12);
            assert!((hypot(x, 2.0) - x.hypot(2.0)).abs() < 1e-9);
            let p = x.abs() + 0.5;
            assert!((powf(p, 2.4) - p.powf(2.4)).abs() < 1e-9);
            assert!((ln(p) - p.ln()).abs() < 1e-12);
        }
    }
}
