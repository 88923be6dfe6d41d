//! Compiles the shell's message catalogues (`locales/<lang>.ftl`) into its `msg` module.
fn main() {
    dsim_i18n::compile::build_script("ui", "::dsim_i18n");
}
