//! TLS like a real API server: a throw-away CA and a serving certificate for 127.0.0.1.
//!
//! Real clients only send bearer tokens over TLS (kubectl refuses to over plain HTTP), so the
//! server speaks HTTPS and the kubeconfig carries the CA as `certificate-authority-data`.

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use std::sync::{Arc, OnceLock};

pub struct Identity {
    /// PEM of the CA that signed the serving certificate.
    pub ca_pem: String,
    pub config: Arc<rustls::ServerConfig>,
}

fn build() -> Result<Identity, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err(&e))?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "fluidos-test-apiserver CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().map_err(|e| err(&e))?)
        .map_err(|e| err(&e))?;
    let mut leaf_params =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .map_err(|e| err(&e))?;
    leaf_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "kube-apiserver");
    let leaf_key = KeyPair::generate().map_err(|e| err(&e))?;
    let leaf = leaf_params.signed_by(&leaf_key, &ca).map_err(|e| err(&e))?;
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| err(&e))?
        .with_no_client_auth()
        .with_single_cert(vec![leaf.der().clone(), ca.der().clone()], key)
        .map_err(|e| err(&e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Identity {
        ca_pem: ca.pem(),
        config: Arc::new(config),
    })
}

/// One identity per process: generating keys is cheap, but there is no need to repeat it.
pub fn identity() -> &'static Identity {
    static IDENTITY: OnceLock<Identity> = OnceLock::new();
    IDENTITY.get_or_init(|| build().unwrap_or_else(|e| panic!("test TLS identity: {e}")))
}
