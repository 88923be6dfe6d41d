//! Compiles this sim's message catalogues (`locales/<lang>.ftl`) into its `msg` module.
fn main() {
    dsim_i18n::compile::build_script("leader-election", "::dsim_ui::i18n");
}
