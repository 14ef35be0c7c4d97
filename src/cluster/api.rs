//! Typed reads with errors that name the request (verb, resource, namespace).

use super::client::Connection;
use crate::error::{Action, Error, Result};
use k8s_openapi::NamespaceResourceScope;
use kube::Resource;
use kube::api::{Api, DynamicObject, ListParams};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;

impl Connection {
    /// The request `verb` on kind `K`, for error messages.
    pub fn action<K: Resource<DynamicType = ()>>(
        verb: &'static str,
        namespace: Option<&str>,
        name: Option<&str>,
    ) -> Action {
        Action {
            verb,
            group: K::group(&()).to_string(),
            resource: K::plural(&()).to_string(),
            namespace: namespace.map(String::from),
            name: name.map(String::from),
        }
    }

    pub fn error<K: Resource<DynamicType = ()>>(
        &self,
        err: kube::Error,
        verb: &'static str,
        namespace: Option<&str>,
        name: Option<&str>,
    ) -> Error {
        Error::from_kube(err, Self::action::<K>(verb, namespace, name), &self.server)
    }

    async fn list_with<K>(
        &self,
        api: Api<K>,
        namespace: Option<&str>,
        params: &ListParams,
    ) -> Result<Vec<K>>
    where
        K: Resource<DynamicType = ()> + Clone + DeserializeOwned + Debug,
    {
        api.list(params)
            .await
            .map(|l| l.items)
            .map_err(|e| self.error::<K>(e, "list", namespace, None))
    }

    /// One list request for a cluster-scoped kind.
    pub async fn list_cluster<K>(&self, params: &ListParams) -> Result<Vec<K>>
    where
        K: Resource<DynamicType = ()> + Clone + DeserializeOwned + Debug,
    {
        self.list_with(Api::all(self.client.clone()), None, params)
            .await
    }

    /// One list request for a namespaced kind, in one namespace or (`None`) in all.
    pub async fn list_namespaced<K>(
        &self,
        namespace: Option<&str>,
        params: &ListParams,
    ) -> Result<Vec<K>>
    where
        K: Resource<DynamicType = (), Scope = NamespaceResourceScope>
            + Clone
            + DeserializeOwned
            + Debug,
    {
        let api = match namespace {
            Some(ns) => Api::namespaced(self.client.clone(), ns),
            None => Api::all(self.client.clone()),
        };
        self.list_with(api, namespace, params).await
    }

    /// Lists `kind` (one of `super::kinds`) as JSON objects that name their apiVersion and kind
    /// (a list's items need not); an API group that is not installed (404) reads as empty.
    pub async fn list_kind(
        &self,
        kind: &str,
        namespace: Option<&str>,
        params: &ListParams,
    ) -> Result<Vec<Value>> {
        let Some((resource, group, plural, _)) = super::kinds::resource(kind) else {
            return Err(Error::Input(format!("internal: no API mapping for {kind}")));
        };
        let api: Api<DynamicObject> = match namespace {
            Some(ns) => Api::namespaced_with(self.client.clone(), ns, &resource),
            None => Api::all_with(self.client.clone(), &resource),
        };
        match api.list(params).await {
            Ok(list) => Ok(list
                .items
                .into_iter()
                .filter_map(|o| serde_json::to_value(o).ok())
                .map(|mut v| {
                    v["apiVersion"] = Value::String(resource.api_version.clone());
                    v["kind"] = Value::String(resource.kind.clone());
                    v
                })
                .collect()),
            Err(kube::Error::Api(s)) if s.code == 404 => Ok(vec![]),
            Err(e) => {
                let action = Action {
                    verb: "list",
                    group: group.into(),
                    resource: plural.into(),
                    namespace: namespace.map(String::from),
                    name: None,
                };
                Err(Error::from_kube(e, action, &self.server))
            }
        }
    }
}
