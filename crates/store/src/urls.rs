//! The URLs of stored documents, for exports that name their source.

use std::collections::HashMap;

use crate::{Result, Store};

impl Store {
    /// The URL of each of `ids` that is stored with one.
    pub fn document_urls<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT url FROM documents WHERE id = ?1 AND url IS NOT NULL")?;
        let mut urls = HashMap::new();
        for id in ids {
            if urls.contains_key(id) {
                continue;
            }
            let mut rows = stmt.query([id])?;
            if let Some(row) = rows.next()? {
                urls.insert(id.to_string(), row.get::<_, String>(0)?);
            }
        }
        Ok(urls)
    }
}

#[cfg(test)]
mod tests {
    use attache_model::{CleanResult, Document, Lang};

    use crate::Store;

    fn doc(id: &str, url: Option<&str>) -> Document {
        Document {
            id: id.into(),
            url: url.map(str::to_string),
            source: None,
            lang: Lang::Fr,
            title: None,
            published: None,
            text: format!("texte {id}"),
        }
    }

    #[test]
    fn urls_of_the_documents_that_have_one() {
        let clean = CleanResult {
            kept: vec![],
            removed: vec![],
            repairs: vec![],
            text: String::new(),
        };
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        batch
            .put_document(&doc("a", Some("https://example.org/a")), &clean)
            .unwrap();
        batch.put_document(&doc("b", None), &clean).unwrap();
        batch.commit().unwrap();
        let urls = store.document_urls(["a", "b", "c", "a"]).unwrap();
        assert_eq!(urls.len(), 1);
        assert_eq!(urls["a"], "https://example.org/a");
    }
}
