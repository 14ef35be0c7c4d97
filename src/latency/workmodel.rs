//! The µBench workmodel: each service's outgoing call groups, as a graph of indices.

use serde_json::Value;
use std::collections::BTreeMap;

/// One `external_services` group: `seq_len` of `services` are called (all, in order, when
/// `seq_len` is at least their number), each with its probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub seq_len: usize,
    /// (callee index, probability)
    pub calls: Vec<(usize, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub name: String,
    /// Groups run in parallel; the service waits for the slowest.
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    pub services: Vec<Service>,
}

impl Graph {
    pub fn index(&self, name: &str) -> Option<usize> {
        self.services.iter().position(|s| s.name == name)
    }

    pub fn names(&self) -> Vec<&str> {
        self.services.iter().map(|s| s.name.as_str()).collect()
    }

    /// Services nobody calls: where requests enter.
    pub fn roots(&self) -> Vec<usize> {
        let mut called = vec![false; self.services.len()];
        for s in &self.services {
            for g in &s.groups {
                for (c, _) in &g.calls {
                    called[*c] = true;
                }
            }
        }
        (0..self.services.len()).filter(|i| !called[*i]).collect()
    }

    /// Services reachable from `root`, in depth-first order.
    pub fn reachable(&self, root: usize) -> Vec<usize> {
        let mut seen = vec![false; self.services.len()];
        let mut order = Vec::new();
        let mut stack = vec![root];
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            order.push(i);
            for g in self.services[i].groups.iter().rev() {
                for (c, _) in g.calls.iter().rev() {
                    stack.push(*c);
                }
            }
        }
        order
    }
}

/// Parses a workmodel: the JSON object itself, or a ConfigMap (YAML or JSON) whose
/// `data["workmodel.json"]` holds it.
pub fn parse(text: &str) -> Result<Graph, String> {
    let doc: Value = serde_saphyr::from_str(text).map_err(|e| {
        format!(
            "not YAML/JSON: {}",
            e.to_string().lines().next().unwrap_or_default()
        )
    })?;
    let model = match doc.get("kind").and_then(Value::as_str) {
        Some("ConfigMap") => {
            let inner = doc["data"]["workmodel.json"]
                .as_str()
                .ok_or("the ConfigMap has no data[\"workmodel.json\"]")?;
            serde_json::from_str(inner).map_err(|e| format!("workmodel.json: {e}"))?
        }
        _ => doc,
    };
    from_value(&model)
}

pub fn from_value(model: &Value) -> Result<Graph, String> {
    let map = model
        .as_object()
        .ok_or("a workmodel is an object of services")?;
    let names: BTreeMap<&str, usize> = map
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut services = Vec::new();
    for (name, spec) in map {
        let mut groups = Vec::new();
        for (gi, g) in spec["external_services"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let list: Vec<&str> = g["services"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let mut calls = Vec::new();
            for callee in list {
                let index = *names.get(callee).ok_or_else(|| {
                    format!(
                        "service {name:?} calls {callee:?}, which the workmodel does not define"
                    )
                })?;
                let p = g["probabilities"]
                    .get(callee)
                    .and_then(Value::as_f64)
                    .unwrap_or(1.0);
                if !(0.0..=1.0).contains(&p) {
                    return Err(format!(
                        "service {name:?}: probability {p} of calling {callee:?} is not between 0 and 1"
                    ));
                }
                calls.push((index, p));
            }
            let seq_len = g["seq_len"]
                .as_u64()
                .map(|v| v as usize)
                .unwrap_or(calls.len());
            if seq_len == 0 {
                return Err(format!("service {name:?}: group {gi} has seq_len 0"));
            }
            groups.push(Group { seq_len, calls });
        }
        services.push(Service {
            name: name.clone(),
            groups,
        });
    }
    let graph = Graph { services };
    check_acyclic(&graph)?;
    Ok(graph)
}

fn check_acyclic(graph: &Graph) -> Result<(), String> {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    fn visit(g: &Graph, i: usize, state: &mut [u8], path: &mut Vec<usize>) -> Result<(), String> {
        state[i] = 1;
        path.push(i);
        for group in &g.services[i].groups {
            for (c, _) in &group.calls {
                match state[*c] {
                    1 => {
                        let start = path.iter().position(|p| p == c).unwrap_or(0);
                        let mut cycle: Vec<&str> = path[start..]
                            .iter()
                            .map(|p| g.services[*p].name.as_str())
                            .collect();
                        cycle.push(&g.services[*c].name);
                        return Err(format!(
                            "the call graph has a cycle: {}",
                            cycle.join(" -> ")
                        ));
                    }
                    0 => visit(g, *c, state, path)?,
                    _ => {}
                }
            }
        }
        path.pop();
        state[i] = 2;
        Ok(())
    }
    let mut state = vec![0u8; graph.services.len()];
    for i in 0..graph.services.len() {
        if state[i] == 0 {
            visit(graph, i, &mut state, &mut Vec::new())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_groups_probabilities_and_roots() {
        let g = from_value(&json!({"a": {"external_services": [{"seq_len": 1, "services": ["b", "c"], "probabilities": {"b": 0.5}}]},
            "b": {"external_services": []}, "c": {}})).unwrap();
        let a = &g.services[g.index("a").unwrap()];
        assert_eq!(a.groups[0].seq_len, 1);
        assert_eq!(
            a.groups[0].calls,
            vec![(g.index("b").unwrap(), 0.5), (g.index("c").unwrap(), 1.0)]
        );
        assert_eq!(g.roots(), vec![g.index("a").unwrap()]);
    }

    #[test]
    fn cycles_and_unknown_services_are_clear_errors() {
        let cycle = from_value(&json!({"a": {"external_services": [{"services": ["b"]}]}, "b": {"external_services": [{"services": ["a"]}]}})).unwrap_err();
        assert!(cycle.contains("cycle: a -> b -> a"), "{cycle}");
        let unknown =
            from_value(&json!({"a": {"external_services": [{"services": ["zz"]}]}})).unwrap_err();
        assert!(unknown.contains("calls \"zz\""), "{unknown}");
    }

    #[test]
    fn the_example_workmodel_configmap_loads() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/mubench-app/workmodel.yaml"
        ))
        .unwrap();
        let g = parse(&text).unwrap();
        assert_eq!(g.services.len(), 10);
        assert_eq!(g.roots(), vec![g.index("s0").unwrap()]);
        assert_eq!(g.reachable(g.index("s0").unwrap()).len(), 10);
    }
}
